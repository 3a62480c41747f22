/** Longest link the app will hand to the operating system. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/** Name suffixes that only resolve on the local machine or network. */
const LOCAL_NAME_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa'];

/**
 * Whether a link may be opened in the person's browser. Only public `https:`
 * pages: anything else (other schemes, credentials, local names, loopback or
 * private addresses) could launch a local handler or reach into the network
 * the machine sits on, so it stays closed.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;

  // The WHATWG parser has already lower-cased the host and turned numeric forms
  // such as `2130706433` or `0x7f.1` into dotted IPv4, so checks below see one shape.
  const host = parsed.hostname.replace(/\.$/, '');
  if (host === '') return false;
  // IPv6 literals are refused outright: links people follow name a host, and
  // telling public from internal IPv6 space is not worth the risk here.
  if (host.startsWith('[')) return false;

  const ipv4 = parseIpv4(host);
  if (ipv4 !== null) return !isNonPublicIpv4(ipv4);

  // A single-label name (`https://intranet/`) only resolves inside a local network.
  if (!host.includes('.')) return false;
  if (host === 'localhost') return false;
  return !LOCAL_NAME_SUFFIXES.some((suffix) => host.endsWith(suffix));
}

type Ipv4 = readonly [number, number, number, number];

function parseIpv4(host: string): Ipv4 | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (match === null) return null;
  const octets = match.slice(1).map(Number);
  const [a, b, c, d] = octets;
  if (a === undefined || b === undefined || c === undefined || d === undefined) return null;
  if (octets.some((octet) => octet > 255)) return null;
  return [a, b, c, d];
}

/** Loopback, private, link-local, shared, benchmark, multicast and reserved ranges. */
function isNonPublicIpv4([a, b]: Ipv4): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}
