/**
 * Query parameters that carry credentials: an export grant, or anything named like a token or
 * key. Their values never reach a log line or a problem document.
 */
const SECRET_PARAM = /^(grant|token|access[_-]?token|api[_-]?key|key|secret|password|authorization|sig|signature)$/i;

/**
 * A URL (absolute, or a path with a query as Express's `originalUrl`) with credential-bearing
 * query values replaced by `REDACTED`. The one helper every place that logs a URL goes through.
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hash = url.indexOf('#', q);
  const query = url.slice(q + 1, hash < 0 ? undefined : hash);
  const redacted = query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // a malformed escape: judge the raw name
      }
      return eq >= 0 && SECRET_PARAM.test(decoded) ? `${name}=REDACTED` : pair;
    })
    .join('&');
  return `${url.slice(0, q)}?${redacted}${hash < 0 ? '' : url.slice(hash)}`;
}
