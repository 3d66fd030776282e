import type { QrLabel } from '../places/qr-sheet';
import { roomDisplay } from './register';

/**
 * An asset's label (资产标签): the QR code encodes its tag number, which the stocktake scans
 * (assetByTag, recordAssetScans), printed with the tag, its name and its room.
 */
export function assetLabel(asset: {
  id: string;
  tagNumber: string;
  name: string;
  room?: { number: string; name: string; building: { name: string }; campus?: { name: string } | null } | null;
}): QrLabel {
  return {
    key: asset.id,
    payload: asset.tagNumber,
    title: asset.tagNumber,
    subtitle: asset.room ? `${asset.name} · ${roomDisplay(asset.room)}` : asset.name,
  };
}
