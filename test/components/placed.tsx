// The provider queue's toasts and banners, placed as ErrorOutlet places them, for tests that
// drive a ToastViewport or a BannerStack on its own.
import {
  BannerStack,
  type BannerStackProps,
  ToastViewport,
  type ToastViewportProps,
  useSlbPlacement,
} from '../../src/components/index.ts';

export function QueueToasts(props: Omit<ToastViewportProps, 'entries'>) {
  return <ToastViewport {...props} entries={useSlbPlacement().toast} />;
}

export function QueueBanners(props: Omit<BannerStackProps, 'entries'>) {
  return <BannerStack {...props} entries={useSlbPlacement().banner} />;
}
