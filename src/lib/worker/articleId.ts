/** An article's id: its file name without the extension, made unique among the ids already taken. */
export function articleId(fileName: string, taken: Set<string>): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'article';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}~${n}`;
  taken.add(id);
  return id;
}
