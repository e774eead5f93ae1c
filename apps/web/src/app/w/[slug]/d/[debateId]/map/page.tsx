import type { Metadata } from "next";
import { ArgumentMapPage } from "@/components/map/argument-map-page";

export const metadata: Metadata = { title: "Argument map" };

type MapRouteProps = { params: Promise<{ slug: string; debateId: string }> };

export default async function MapRoute({ params }: MapRouteProps) {
  const { slug, debateId } = await params;
  return <ArgumentMapPage slug={slug} debateId={debateId} />;
}
