/** The user's own choice of renderer on this device, if they made one. */
export type WebglSetting = 'on' | 'off' | null;

// Renderers that draw WebGL on the CPU: Cytoscape's WebGL renderer is slower than its canvas there.
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver|mesa offscreen|lavapipe/i;

/** Whether a WEBGL_debug_renderer_info renderer string names a graphics card (not a software rasteriser). */
export const isHardwareRenderer = (renderer: string | null): boolean =>
  renderer !== null && renderer.trim() !== '' && !SOFTWARE.test(renderer);

/** WebGL or not: the user's setting where they chose, else on only where the browser reports a hardware renderer. */
export const chooseWebgl = (setting: WebglSetting, renderer: string | null): boolean =>
  setting === null ? isHardwareRenderer(renderer) : setting === 'on';

const STORAGE_KEY = 'clusnet:webgl';

/** The renderer the browser reports for WebGL, or null where it reports none (or hides it). */
export function webglRenderer(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer: unknown = gl && info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : null;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof renderer === 'string' ? renderer : null;
  } catch {
    return null;
  }
}

/** The setting saved on this device ('on' / 'off'), or null if the user never chose. */
export function savedWebglSetting(): WebglSetting {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'on' || value === 'off' ? value : null;
  } catch {
    return null;
  }
}

/** Remember the user's choice on this device. */
export function saveWebglSetting(on: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Storage refused (private mode): the choice holds for this session only.
  }
}
