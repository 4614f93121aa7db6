/** A device's name as a camera-facing sprite (canvas texture), sized in metres. */
import * as THREE from 'three';

export function makeLabel(text: string, dark: boolean): THREE.Sprite {
  const scale = 2;
  const font = `600 ${22 * scale}px system-ui, sans-serif`;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  ctx.font = font;
  const w = Math.ceil(ctx.measureText(text).width) + 18 * scale;
  const h = 34 * scale;
  canvas.width = w;
  canvas.height = h;
  ctx.font = font;
  ctx.fillStyle = dark ? 'rgba(20,27,35,0.85)' : 'rgba(255,255,255,0.9)';
  ctx.beginPath();
  ctx.roundRect(0, 0, w, h, 10 * scale);
  ctx.fill();
  ctx.fillStyle = dark ? '#e3e9f0' : '#1c2430';
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.fillText(text, w / 2, h / 2 + scale);
  const tex = new THREE.CanvasTexture(canvas);
  tex.colorSpace = THREE.SRGBColorSpace;
  tex.anisotropy = 2;
  const sprite = new THREE.Sprite(new THREE.SpriteMaterial({ map: tex, depthWrite: false, transparent: true }));
  const metres = 0.55;
  sprite.scale.set((metres * w) / h, metres, 1);
  return sprite;
}
