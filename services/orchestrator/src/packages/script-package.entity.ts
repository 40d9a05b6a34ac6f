import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PackageManifest } from './manifest';

@Entity('script_package')
@Unique('UQ_script_package_name_version', ['name', 'version'])
export class ScriptPackageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  version: string;

  /** sha256 of the canonical manifest: what systems and runs record as "the package". */
  @Column('text')
  sha256: string;

  @Column('jsonb')
  manifest: PackageManifest;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
