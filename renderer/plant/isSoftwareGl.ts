/** True when WebGL runs on a software rasterizer (SwiftShader, llvmpipe): the plant view then skips MSAA. */
let cached: boolean | null = null;

export function isSoftwareGl(): boolean {
  if (cached !== null) return cached;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const name = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    cached = /swiftshader|llvmpipe|software|basic render/i.test(name);
  } catch {
    cached = false;
  }
  return cached;
}
