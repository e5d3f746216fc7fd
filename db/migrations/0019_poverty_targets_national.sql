ALTER TABLE "pov_target_list" DROP CONSTRAINT "pov_target_list_area_code_area_code_fk";
