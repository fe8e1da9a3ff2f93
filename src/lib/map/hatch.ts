/** A small diagonal hatch for no-data regions, made in code so no image is fetched. */
export function hatchImage(size = 8, rgba: [number, number, number, number] = [140, 150, 160, 90]) {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      if ((x + y) % size !== 0 && (x + y + 1) % size !== 0) continue;
      data.set(rgba, (y * size + x) * 4);
    }
  return { width: size, height: size, data };
}
