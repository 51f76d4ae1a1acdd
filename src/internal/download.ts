/**
 * A file made in the browser and handed to the user as a download (nothing is sent anywhere): the
 * board profile's and the checklist's JSON and CSV, and the checklist's Word paper. Never throws;
 * returns false when this browser would not start it (the caller says so in words).
 */
export function downloadBlob(root: Node, filename: string, blob: Blob): boolean {
  try {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    root.appendChild(link);
    link.click();
    link.remove();
    // Long enough for a slow disk or a save dialog; the URL is only a handle to the file.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    return false;
  }
}

export const downloadText = (root: Node, filename: string, text: string, type: string): boolean =>
  downloadBlob(root, filename, new Blob([text], { type }));
