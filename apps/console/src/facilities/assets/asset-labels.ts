import type { QrLabel } from '../places/qr-sheet';
import { roomText } from './register';

/**
 * An asset's label (资产标签): the QR code encodes its tag number, which the stocktake scans
 * (assetByTag, recordAssetScans), printed with the tag, its name and its room.
 */
export function assetLabel(asset: {
  id: string;
  tagNumber: string;
  name: string;
  room?: { number: string; name: string; building: { name: string } } | null;
}): QrLabel {
  return {
    key: asset.id,
    payload: asset.tagNumber,
    title: asset.tagNumber,
    subtitle: asset.room ? `${asset.name} · ${roomText(asset.room)} ${asset.room.name}` : asset.name,
  };
}
