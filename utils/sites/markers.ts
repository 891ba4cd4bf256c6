/**
 * Text anchors in the supported UI languages. They outlast hashed class names, so the
 * adapters use them to recognise owner replies and boilerplate.
 */

/** Labels that introduce a reply by the business ("Response from the owner", "Comment from Jane of …"). */
export const OWNER_REPLY_MARKERS: readonly RegExp[] = [
  /\bresponse from\b/i,
  /\bcomment from\b/i,
  /\bbusiness owner\b/i,
  /\bowner response\b/i,
  /\breply from\b/i,
  /respuesta del propietario/i,
  /respuesta de(l| la) /i,
  /comentario de/i,
  /antwort (des|vom|von)/i,
  /kommentar von/i,
  /inhaber/i,
  /réponse d[eu] (propriétaire|la direction|l['’])/i,
  /réponse de/i,
  /commentaire de/i,
  /propriétaire de l['’]établissement/i,
  /ответ (владельца|организации|от)/i,
  /комментарий (от|владельца)/i,
  /(商家|店家|業者|业主|所有者|擁有者|拥有者|店主)(的)?(回复|回覆|回應|回应|答复)/,
  /管理层回复|管理層回覆/,
  // Tripadvisor's "来自 <name>（<business>）的回复" header.
  /^(来自|來自).{1,80}的(回复|回覆)$/,
];

/** "You're seeing a limited view of Google Maps" and its translations (signed-out view, 2026). */
export const LIMITED_VIEW_MARKERS: readonly RegExp[] = [
  /limited view/i,
  /ограниченн\S* (режим|верси|вид)/i,
  /vista limitada/i,
  /eingeschränkte (Ansicht|Version)/i,
  /vue limitée|version limitée/i,
  /受限(视图|檢視|版本)|有限(视图|檢視)/,
];

const OWNER_REPLY = new RegExp(OWNER_REPLY_MARKERS.map((re) => `(?:${re.source})`).join('|'), 'i');

export function isOwnerReplyLabel(text: string): boolean {
  return text.length < 300 && OWNER_REPLY.test(text);
}
