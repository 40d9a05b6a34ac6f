import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiProblems, PageQueryDto } from '@cutover/common';
import { RequireRole, Role } from '../auth/roles';
import { PackageDto, PackagePageDto, PackageSummaryDto, UploadPackageDto } from './packages.dto';
import { PackagesService } from './packages.service';

@ApiTags('packages')
@Controller('v1/packages')
export class PackagesController {
  constructor(private readonly packages: PackagesService) {}

  /** Upload a script package manifest. Every problem is named at once (400); the same name+version again must have the same content. */
  @Post()
  @RequireRole(Role.Admin)
  @ApiResponse({ status: 201, type: PackageSummaryDto, description: 'stored' })
  @ApiResponse({ status: 200, type: PackageSummaryDto, description: 'identical package already stored' })
  @ApiProblems({ 409: 'A package with this name and version is stored with other content.' })
  async upload(@Body() dto: UploadPackageDto, @Res({ passthrough: true }) res: Response): Promise<PackageSummaryDto> {
    const { created, entity } = await this.packages.upload(dto);
    res.status(created ? 201 : 200);
    return (await this.packages.get(entity.id)) as PackageSummaryDto;
  }

  /** List the script packages (paged). */
  @Get()
  @RequireRole(Role.Viewer)
  list(@Query() query: PageQueryDto): Promise<PackagePageDto> {
    return this.packages.list(query);
  }

  /** One script package. */
  @Get(':id')
  @RequireRole(Role.Viewer)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<PackageDto> {
    return this.packages.get(id);
  }
}
