// A page's text as a reader sees it, and a quote in the same form, so that "is the passage still
// there" ignores markup, entities, line breaks and typography (curly or straight apostrophes,
// non-breaking spaces), and nothing else.

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', middot: '·',
  bull: '•', copy: '©', reg: '®', trade: '™', euro: '€', deg: '°', times: '×',
  agrave: 'à', aacute: 'á', acirc: 'â', auml: 'ä', ccedil: 'ç', egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë',
  icirc: 'î', iuml: 'ï', iacute: 'í', ntilde: 'ñ', ocirc: 'ô', ouml: 'ö', oacute: 'ó', ugrave: 'ù', ucirc: 'û',
  uuml: 'ü', uacute: 'ú', szlig: 'ß', Agrave: 'À', Eacute: 'É', Egrave: 'È', Ccedil: 'Ç', Ouml: 'Ö', Uuml: 'Ü', Auml: 'Ä',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

/** Whitespace collapsed, typographic variants folded: the form both sides are compared in. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u00a0\u202f\u2009\u200b\u2060]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of an HTML page: scripts, styles and comments dropped, tags removed, entities decoded. */
export function pageText(html: string): string {
  const withoutCode = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  // Inline tags join words ("Settings <b>and</b> privacy"); the space a block tag stands for is
  // restored by the whitespace collapse.
  const text = withoutCode.replace(/<\/?(?:a|b|i|em|strong|span|code|kbd|small|sup|sub|u|mark|abbr)\b[^>]*>/gi, '').replace(/<[^>]*>/g, ' ');
  return normalise(decodeEntities(text));
}

/**
 * True when the quote is in the text. A quote may leave words out with "…" (or "[…]", "..."): its
 * pieces must then appear in the same order.
 */
export function stillQuoted(quote: string, text: string): boolean {
  const pieces = normalise(decodeEntities(quote))
    .split(/\s*(?:\[…\]|…|\.\.\.)\s*/)
    .filter((piece) => piece.length > 0);
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return pieces.length > 0;
}
