import { CATEGORY_DISPLAY } from '../analysis/categories';
import type { Category } from '../analysis/types';

/** A category's name, underlined the way the coach underlines it in a page: its colour and line style. */
export function CategoryName({ category }: { category: Category }) {
  const { name, color, line } = CATEGORY_DISPLAY[category];
  return (
    <span class="category-name" style={{ textDecorationColor: color, textDecorationStyle: line }}>
      {name}
    </span>
  );
}
