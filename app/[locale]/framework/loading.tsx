import { LoadingSkeleton } from "@/components/ui/loading-skeleton";

export default LoadingSkeleton;
