declare namespace App {
  interface Locals {
    /** Text-slug → language-neutral id of the lesson being rendered (src/site/heading-ids.ts). */
    headingIds?: Record<string, string>;
  }
}
