# Extract UNHCR's own per-origin figures for the Netherlands from the refugees R data package (v2025.12.1).
#
# One command (run by hand, never in npm test):
#   Rscript scripts/extract/unhcr-refugees-package.R /tmp/unhcr
# where /tmp/unhcr holds the package's data files taken verbatim from the repository at commit
# 0c16a6d0c2f37d8578f9b9e3d1e4459efe850398 (PopulationStatistics/refugees, 2026-06-25):
#   git --git-dir=<mirror of PopulationStatistics/refugees> show 0c16a6d0c2f37d8578f9b9e3d1e4459efe850398:data/population.rda > /tmp/unhcr/population.rda
#   git --git-dir=<mirror of PopulationStatistics/refugees> show 0c16a6d0c2f37d8578f9b9e3d1e4459efe850398:data/asylum_applications.rda > /tmp/unhcr/asylum_applications.rda
#
# It prints observation rows (series,year,date,value,status,precision,qualifier,source,note) for three datasets:
#   unhcrRefugeesInNetherlands, unhcrAsylumSeekersInNetherlands (population table, year-end stocks) and
#   unhcrAsylumApplicationsNetherlands (asylum_applications table, app_type N = new applications).
# Every value is one row of the package as stored (country of asylum NLD x one country of origin): nothing is
# summed. The package holds no country-of-asylum totals, so Netherlands totals are NOT produced (a sum over
# origins would be a derivation).
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) >= 1) args[1] else "/tmp/unhcr"
load(file.path(dir, "population.rda"))
load(file.path(dir, "asylum_applications.rda"))

# ISO 3166-1 alpha-3 (package coo_iso) -> alpha-2 (series key): a lookup, not a computation.
# The largest origins at the end of 2024 with an ISO code (stateless XXA and unknown UNK have none), down to
# Russia: the first nine were extracted on 2026-12-06 in the first run, PAK and RUS added in the second.
origins <- c(SYR = "SY", ERI = "ER", TUR = "TR", AFG = "AF", YEM = "YE", IRQ = "IQ", SOM = "SO", IRN = "IR", UKR = "UA", PAK = "PK", RUS = "RU")
years <- 2014:2025
src_pop <- "n-unhcr-refugees-pkg-2025-12-1-population"
src_app <- "n-unhcr-refugees-pkg-2025-12-1-asylum-applications"

emit <- function(dataset, series, year, date, value, source, note) {
  cat(sprintf("%s\t%s,%d,%s,%s,final,1,,%s,\"%s\"\n", dataset, series, year, date,
              format(value, scientific = FALSE), source, note))
}

pop <- population[population$coa_iso == "NLD" & population$year %in% years & population$coo_iso %in% names(origins), ]
stopifnot(!any(duplicated(paste(pop$year, pop$coo_iso))))
pop <- pop[order(match(pop$coo_iso, names(origins)), pop$year), ]
for (i in seq_len(nrow(pop))) {
  r <- pop[i, ]
  key <- origins[[r$coo_iso]]
  if (!is.na(r$refugees)) emit("unhcrRefugeesInNetherlands", key, r$year, sprintf("%d-12-31", r$year), r$refugees, src_pop,
                               sprintf("population: coa NLD x coo %s, column refugees", r$coo_iso))
  if (!is.na(r$asylum_seekers)) emit("unhcrAsylumSeekersInNetherlands", key, r$year, sprintf("%d-12-31", r$year), r$asylum_seekers, src_pop,
                                     sprintf("population: coa NLD x coo %s, column asylum_seekers", r$coo_iso))
}

app <- asylum_applications[asylum_applications$coa_iso == "NLD" & asylum_applications$year %in% years &
                           asylum_applications$coo_iso %in% names(origins) & asylum_applications$app_type == "N", ]
stopifnot(!any(duplicated(paste(app$year, app$coo_iso))))
stopifnot(all(app$procedure_type == "G" & app$app_pc == "P"))
app <- app[order(match(app$coo_iso, names(origins)), app$year), ]
for (i in seq_len(nrow(app))) {
  r <- app[i, ]
  emit("unhcrAsylumApplicationsNetherlands", origins[[r$coo_iso]], r$year, "", r$applied, src_app,
       sprintf("asylum_applications: coa NLD x coo %s, procedure G, app_type N, dec_level %s, persons", r$coo_iso, r$dec_level))
}
