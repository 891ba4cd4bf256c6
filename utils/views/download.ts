/** Saves text parts as a file through the browser's download bar; no `downloads` permission needed. */
export function downloadParts(parts: BlobPart[], fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the blob URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
