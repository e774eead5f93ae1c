import type { Metadata } from "next";
import { Landing } from "@/components/home/landing";

export const metadata: Metadata = {
  title: { absolute: "Steelman — debate with open objections in view" },
};

export default function HomePage() {
  return <Landing />;
}
