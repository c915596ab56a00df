import { describe, expect, it } from 'vitest';
import { chooseWebgl, isHardwareRenderer } from '../../src/store/webglChoice';

describe('isHardwareRenderer', () => {
  it.each([
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002503) Direct3D11 vs_5_0 ps_5_0, D3D11)', true],
    ['ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)', true],
    ['Mesa Intel(R) UHD Graphics 620 (KBL GT2)', true],
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', false],
    ['llvmpipe (LLVM 15.0.7, 256 bits)', false],
    ['Microsoft Basic Render Driver', false],
    ['Google SwiftShader', false],
    ['', false],
    [null, false],
  ])('%s → %s', (renderer, expected) => {
    expect(isHardwareRenderer(renderer)).toBe(expected);
  });
});

describe('chooseWebgl', () => {
  const gpu = 'ANGLE (AMD, AMD Radeon RX 6600 Direct3D11 vs_5_0 ps_5_0)';
  it.each([
    [null, gpu, true],
    [null, 'llvmpipe (LLVM 15.0.7, 256 bits)', false],
    [null, null, false],
    ['off', gpu, false], // the user's setting wins
    ['on', 'Google SwiftShader', true],
  ] as const)('setting %s, renderer %s → %s', (setting, renderer, expected) => {
    expect(chooseWebgl(setting, renderer)).toBe(expected);
  });
});
