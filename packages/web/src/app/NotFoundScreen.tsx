import { AuthLayout } from '../auth/AuthLayout';
import { RouteLink } from '../ui/RouteLink';

export function NotFoundScreen() {
  return (
    <AuthLayout title="Nothing here" lead="This address does not lead to a screen of Waymark.">
      <RouteLink to={{ screen: 'home' }} className="button primary">
        Go to your journeys
      </RouteLink>
    </AuthLayout>
  );
}
