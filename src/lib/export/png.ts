import type { Map as MapLibreMap } from 'maplibre-gl';

export interface PngDecorations {
  title: string;
  subtitle: string;
  legendTitle: string;
  classes: { label: string; color: string; count: number }[];
  noData: { label: string; count: number };
  attribution: string;
}

/**
 * The map's pixels as they are on screen: read inside a render, when the drawing buffer is intact,
 * over the container's background, which shows through where the canvas draws nothing (the land).
 */
function mapPixels(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const src = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = src.width;
      copy.height = src.height;
      const g = copy.getContext('2d')!;
      g.fillStyle = getComputedStyle(map.getContainer()).backgroundColor;
      g.fillRect(0, 0, copy.width, copy.height);
      g.drawImage(src, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** The current view as a PNG with its title, legend and attribution drawn in. */
export async function exportPng(map: MapLibreMap, d: PngDecorations): Promise<Blob> {
  const pixels = await mapPixels(map);
  const scale = pixels.width / map.getCanvas().clientWidth || 1;
  const head = 54 * scale;
  const out = document.createElement('canvas');
  out.width = pixels.width;
  out.height = pixels.height + head;
  const g = out.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, out.width, out.height);
  g.drawImage(pixels, 0, head);
  const font = (px: number, weight = 400) => `${weight} ${px * scale}px 'Noto Sans', 'Noto Sans CJK SC', sans-serif`;
  g.fillStyle = '#1f2a33';
  g.font = font(18, 600);
  g.fillText(d.title, 12 * scale, 24 * scale);
  g.font = font(12);
  g.fillStyle = '#5b6873';
  g.fillText(d.subtitle, 12 * scale, 43 * scale);

  const rows = [...d.classes, { label: d.noData.label, color: '', count: d.noData.count }];
  const lh = 18 * scale,
    pad = 8 * scale,
    w = 210 * scale;
  const h = pad * 2 + lh * (rows.length + 1);
  const x0 = 10 * scale,
    y0 = out.height - h - 26 * scale;
  g.fillStyle = 'rgba(255,255,255,0.94)';
  g.fillRect(x0, y0, w, h);
  g.strokeStyle = '#d5dbe0';
  g.strokeRect(x0, y0, w, h);
  g.fillStyle = '#1f2a33';
  g.font = font(12, 600);
  g.fillText(d.legendTitle, x0 + pad, y0 + pad + 12 * scale, w - 2 * pad);
  g.font = font(11);
  rows.forEach((r, i) => {
    const y = y0 + pad + lh * (i + 1);
    if (r.color) {
      g.fillStyle = r.color;
      g.fillRect(x0 + pad, y + 3 * scale, 18 * scale, 11 * scale);
    } else {
      g.strokeStyle = '#a0a8b0';
      for (let k = 0; k < 18; k += 4) g.strokeRect(x0 + pad + k * scale, y + 3 * scale, 1, 11 * scale);
    }
    g.fillStyle = '#1f2a33';
    g.fillText(`${r.label}   (${r.count})`, x0 + pad + 26 * scale, y + 13 * scale, w - 40 * scale);
  });
  g.font = font(10);
  g.fillStyle = '#5b6873';
  g.textAlign = 'right';
  g.fillText(d.attribution, out.width - 8 * scale, out.height - 8 * scale);
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
  );
}
