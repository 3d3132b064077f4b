// The chartdex JSON API as seen from the page (see the API section of the README).
// Every failure becomes an ApiError carrying the server's {error, message}, or a code of our own
// when there was no JSON answer; aborted requests reject with the browser's AbortError.

/** A failed API call: status 0 when the server could not be reached. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }

  /** "invalid_query (HTTP 400): …" for the error box. */
  describe() {
    const where = this.status ? ` (HTTP ${this.status})` : '';
    return `${this.code}${where}: ${this.message}`;
  }
}

/** GETs base + path with the query parameters (a URLSearchParams or a plain object) as JSON. */
export async function getJson(base, path, params, signal) {
  const url = new URL(path, base);
  const query = params instanceof URLSearchParams ? params : new URLSearchParams(params || {});
  url.search = query.toString();
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (failure) {
    if (failure.name === 'AbortError') throw failure;
    throw new ApiError(0, 'network', `could not reach ${url.origin}: ${failure.message}`);
  }
  const body = await response.text();
  let json = null;
  try {
    json = body ? JSON.parse(body) : null;
  } catch (notJson) {
    throw new ApiError(response.status, 'bad_response', `${url.pathname} did not answer JSON: ${body.slice(0, 200)}`);
  }
  if (!response.ok) {
    const code = (json && json.error) || 'http_error';
    const message = (json && json.message) || response.statusText || 'request failed';
    throw new ApiError(response.status, code, message);
  }
  return json;
}

/** The path of one chart: its id is one path segment even when it contains "/". */
export function chartPath(id) {
  return `api/charts/${encodeURIComponent(id)}`;
}

/** The path of one facet dimension's values. */
export function facetPath(dimension) {
  return `api/facets/${encodeURIComponent(dimension)}`;
}
