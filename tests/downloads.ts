/** Catching the files a widget hands the browser as downloads (object URL + a clicked link). */

/** Downloads made while `action` runs, read back as text (the board profile makes them with object URLs). */
export async function downloads(action: () => unknown): Promise<{ name: string; text: string }[]> {
  const made: { name: string; blob: Blob }[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (b: Blob | MediaSource) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, b as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    made.push({ name: this.download, blob: blobs.get(this.href)! });
  };
  try {
    await action();
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return Promise.all(made.map(async (m) => ({ name: m.name, text: await m.blob.text() })));
}
