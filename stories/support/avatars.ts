/** Avatars that work offline: a drawn portrait as a data URL, and an image that fails to load. */

const portrait = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect width="64" height="64" fill="#c9dcf5"/>
<circle cx="32" cy="26" r="12" fill="#7a4a2a"/>
<circle cx="32" cy="27" r="9" fill="#e8b894"/>
<path d="M12 64c2-14 10-20 20-20s18 6 20 20z" fill="#2563c9"/>
</svg>`;

/** A small drawn portrait (`data:image/svg+xml`), one of the URL kinds the badge accepts. */
export const PORTRAIT_URL = `data:image/svg+xml,${encodeURIComponent(portrait)}`;

/** A PNG cut off after its signature: the browser fails to decode it, so the badge falls back to initials. */
export const BROKEN_IMAGE_URL = 'data:image/png;base64,iVBORw0KGgo=';
