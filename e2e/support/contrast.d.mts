/** The contrast ratio (1–21) of an element's text over its backgrounds, measured in the page. */
export declare function textContrast(element: unknown): number;
