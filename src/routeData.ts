/** Route data middleware: shows each article's `updated` frontmatter date as "last updated". */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const updated = route.entry.data.updated;
  if (updated instanceof Date) route.lastUpdated = updated;
});
