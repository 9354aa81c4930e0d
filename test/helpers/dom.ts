/** An element as a canonical string: tag, attributes sorted, adjacent text merged (React splits it). */
export function canon(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
  const e = node as Element;
  const attrs = [...e.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
  const copy = e.cloneNode(true) as Element;
  copy.normalize();
  return `<${e.tagName.toLowerCase()} ${attrs.join(' ')}>${[...copy.childNodes].map(canon).join('')}</${e.tagName.toLowerCase()}>`;
}
