import type { CallPlatform } from '../../lib/capture/types.ts';

export interface PlatformGuide {
  name: string;
  /** Where the call runs in the browser. */
  where: string;
  /** The clicks that turn live captions on, in the words of the platform's own menus. */
  captionSteps: string[];
  /** The page marks the user's own lines itself ("You" in Meet), so no name is needed. */
  marksSelf: boolean;
}

/** One entry per call platform (the form lists CALL_PLATFORMS; this only describes them). */
export const PLATFORM_GUIDES: Record<CallPlatform, PlatformGuide> = {
  meet: {
    name: 'Google Meet',
    where: 'meet.google.com',
    captionSteps: ['Click the CC button in the bar at the bottom of the call, or press c.'],
    marksSelf: true,
  },
  zoom: {
    name: 'Zoom (web client)',
    where: 'app.zoom.us/wc/…, or "Join from your browser" on a meeting link',
    captionSteps: [
      'Click "Show Captions" in the call toolbar (under "More" on a narrow window).',
      'No such button? The host has to allow captions for the meeting.',
    ],
    marksSelf: false,
  },
  teams: {
    name: 'Microsoft Teams (web)',
    where: 'teams.microsoft.com, teams.live.com or teams.cloud.microsoft in the browser, guest links included',
    captionSteps: [
      'Signed in: More → Language and speech → Show live captions.',
      'Joined as a guest: More → Captions.',
    ],
    marksSelf: false,
  },
};
