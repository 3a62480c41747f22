/** Small files that pass the evidence intake checks, for tests. */
const encoder = new TextEncoder();

export function pdfFile(name = 'DPIA.pdf', body = 'assessment') {
  return { name, data: encoder.encode(`%PDF-1.7\n% ${body}\n%%EOF\n`) };
}

export function textFile(name = 'notes.txt', body = 'Reviewed with the vendor.') {
  return { name, data: encoder.encode(body) };
}
