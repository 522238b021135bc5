/**
 * Asks the browser for full screen, as Present is clicked (it must be in the click); where it
 * is refused (an embed without permission), the panels still give way.
 */
export function enterFullScreen(): void {
  document.documentElement.requestFullscreen?.().catch(() => {});
}
