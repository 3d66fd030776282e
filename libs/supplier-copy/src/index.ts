export { KnownSupplier, KnownSupplierStatus, supplierCopyEntities } from './supplier-copy.entity';
export { supplierCopyHandlers } from './supplier-copy.handlers';
export { supplierCopySql } from './supplier-copy.store';
export { whyNotContractor, whyNotReceivable, type ReceivableFacts } from './supplier-copy.rules';
export { SupplierCopyService, type SupplierCopyContext } from './supplier-copy.service';
export { applyDemoSuppliers, DEMO_SUPPLIERS, demoSupplierEvents, type DemoSupplierKey } from './demo-suppliers';
