/** Components writers use in MDX: `import { DoThisNow } from '~/components';`. */
export { default as DoThisNow } from './DoThisNow.astro';
export { default as NeverAsks } from './NeverAsks.astro';
export { default as RedFlags } from './RedFlags.astro';
export { default as SupportChecklist } from './SupportChecklist.astro';
export { default as PlatformChannels } from './PlatformChannels.astro';
