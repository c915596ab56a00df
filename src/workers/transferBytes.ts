/**
 * The buffers under these byte arrays that can be moved to another thread: each distinct (a buffer
 * listed twice is an error) and wholly the array's own (moving a shared buffer would empty its other users).
 */
export function buffersOf(bytes: readonly Uint8Array[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const array of bytes) {
    const { buffer } = array;
    if (buffer instanceof ArrayBuffer && array.byteOffset === 0 && array.byteLength === buffer.byteLength)
      buffers.add(buffer);
  }
  return [...buffers];
}
