/** Route data middleware: "last updated" from each article's `updated` date, and its keywords as a meta tag. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const { updated, keywords } = route.entry.data;
  if (updated instanceof Date) route.lastUpdated = updated;
  if (keywords?.length) route.head.push({ tag: 'meta', attrs: { name: 'keywords', content: keywords.join(', ') } });
});
