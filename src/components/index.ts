/** Components writers use in MDX: `import { DoThisNow } from '~/components';`. Their props and rules: `props.ts`. */
export { default as DoThisNow } from './writer/DoThisNow.astro';
export { default as NeverAsks } from './writer/NeverAsks.astro';
export { default as RedFlags } from './writer/RedFlags.astro';
export { default as SupportChecklist } from './writer/SupportChecklist.astro';
export { default as PlatformChannels } from './channels/PlatformChannels.astro';
export { default as PlatformDomain } from './writer/PlatformDomain.astro';
export { default as CheckExample } from './writer/CheckExample.astro';
