/**
 * Finds the element whose whole text is `text` (or matches it), for sentences of the app's own
 * where text from a show sits apart in <bdi>: getByText alone reads only an element's own text.
 */
export function sentence(text: string | RegExp) {
  const matches = (element: Element) =>
    typeof text === 'string' ? element.textContent === text : text.test(element.textContent);
  return (_content: string, element: Element | null) =>
    element !== null && matches(element) && ![...element.children].some(matches);
}
