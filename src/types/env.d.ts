/** Build-time values Signpost's integrations set in `import.meta.env`. */
interface ImportMetaEnv {
  /** The search index's build tag (src/integrations/search-index.ts; `searchIndexTagVariable` in src/config/search.ts). */
  readonly SIGNPOST_SEARCH_INDEX_TAG?: string;
}
