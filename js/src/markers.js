// Marker pictures (drawn once per shape and colour): the path's dots, the last iterate, the
// start, the stars of the closed-form limits, where a ball touches the solutions; and the
// legend's icons. Drawn on a 2-D canvas (the DOM); the scene's markers are three.js textures.

import * as THREE from "three";

// Marker sizes in the scene (three.js points, the same size at any distance).
export const MARKER = { path: 7, start: 14, last: 18, star: 34, point: 18, touch: 50 };

const textures = new Map();

export function drawMarker(ctx, shape, color, size) {
  const c = size / 2;
  ctx.clearRect(0, 0, size, size);
  ctx.lineJoin = "round";
  if (shape === "star") {
    ctx.beginPath();
    for (let k = 0; k < 10; k++) {
      const r = k % 2 === 0 ? c * 0.94 : c * 0.4;
      const a = -Math.PI / 2 + (k * Math.PI) / 5;
      ctx.lineTo(c + r * Math.cos(a), c + r * Math.sin(a) + size * 0.04);
    }
    ctx.closePath();
    ctx.fillStyle = color;
    ctx.fill();
    ctx.lineWidth = size * 0.05;
    ctx.strokeStyle = "#000000";
    ctx.stroke();
  } else if (shape === "diamond") {
    ctx.beginPath();
    ctx.moveTo(c, size * 0.06);
    ctx.lineTo(size * 0.94, c);
    ctx.lineTo(c, size * 0.94);
    ctx.lineTo(size * 0.06, c);
    ctx.closePath();
    ctx.fillStyle = color;
    ctx.fill();
  } else if (shape === "ring") {
    // Where a norm ball touches the solutions: a circle around the star, with a white halo.
    ctx.beginPath();
    ctx.arc(c, c, c * 0.78, 0, 2 * Math.PI);
    ctx.lineWidth = size * 0.16;
    ctx.strokeStyle = "#ffffff";
    ctx.stroke();
    ctx.lineWidth = size * 0.08;
    ctx.strokeStyle = color;
    ctx.stroke();
  } else {
    // "dot", or "last": a dot with a white rim
    const rim = shape === "last" ? size * 0.12 : 0;
    ctx.beginPath();
    ctx.arc(c, c, c - 1, 0, 2 * Math.PI);
    ctx.fillStyle = rim ? "#ffffff" : color;
    ctx.fill();
    if (rim) {
      ctx.beginPath();
      ctx.arc(c, c, c - 1 - rim, 0, 2 * Math.PI);
      ctx.fillStyle = color;
      ctx.fill();
    }
  }
}

export function markerTexture(shape, color) {
  const key = shape + color;
  if (!textures.has(key)) {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 64;
    drawMarker(canvas.getContext("2d"), shape, color, 64);
    const texture = new THREE.CanvasTexture(canvas);
    texture.colorSpace = THREE.SRGBColorSpace;
    textures.set(key, texture);
  }
  return textures.get(key);
}

export function legendIcon(entry, edgeColor, ballShape) {
  const w = 44;
  const h = 26;
  const canvas = document.createElement("canvas");
  const ratio = window.devicePixelRatio || 1;
  canvas.width = w * ratio;
  canvas.height = h * ratio;
  canvas.style.width = `${w}px`;
  canvas.style.height = `${h}px`;
  const ctx = canvas.getContext("2d");
  ctx.scale(ratio, ratio);
  const marker = (shape, color, size) => {
    const m = document.createElement("canvas");
    m.width = m.height = 64;
    drawMarker(m.getContext("2d"), shape, color, 64);
    ctx.drawImage(m, w / 2 - size / 2, h / 2 - size / 2, size, size);
  };
  if (entry.kind === "plane") {
    ctx.globalAlpha = 0.35;
    ctx.fillStyle = entry.color;
    ctx.fillRect(4, 4, w - 8, h - 8);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = edgeColor;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(4, 4, w - 8, h - 8);
  } else if (entry.kind === "line") {
    ctx.globalAlpha = 0.8;
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = 8;
    ctx.beginPath();
    ctx.moveTo(3, h / 2);
    ctx.lineTo(w - 3, h / 2);
    ctx.stroke();
  } else if (entry.kind === "path") {
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(3, h / 2);
    ctx.lineTo(w - 3, h / 2);
    ctx.stroke();
    marker("dot", entry.color, 8);
  } else if (entry.kind === "point") {
    marker("diamond", entry.color, 18);
  } else if (entry.kind === "start") {
    marker("dot", entry.color, 13);
  } else if (entry.kind === "last") {
    marker("last", entry.color, 18);
  } else if (entry.kind === "star") {
    marker("star", entry.color, 26);
  } else if (entry.kind === "ball") {
    // A translucent disc (sphere, ellipsoid) or square (cube) with its outline.
    ctx.beginPath();
    if (ballShape === "cube") ctx.rect(w / 2 - 10, h / 2 - 10, 20, 20);
    else if (ballShape === "ellipsoid") ctx.ellipse(w / 2, h / 2, 17, 10, 0, 0, 2 * Math.PI);
    else ctx.arc(w / 2, h / 2, 11, 0, 2 * Math.PI);
    ctx.globalAlpha = 0.3;
    ctx.fillStyle = entry.color;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = 2;
    ctx.stroke();
  } else if (entry.kind === "guide") {
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = 3;
    ctx.setLineDash([7, 5]);
    ctx.beginPath();
    ctx.moveTo(3, h / 2);
    ctx.lineTo(w - 3, h / 2);
    ctx.stroke();
  }
  return canvas;
}

