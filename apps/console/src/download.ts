/**
 * Saves a fetched file. Exports need the bearer token, which a plain link cannot send: the file is
 * fetched, then handed to the browser through an object URL and a temporary `download` link.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser reads the object URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
