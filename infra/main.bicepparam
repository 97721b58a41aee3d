// Example parameters: copy this file, change the prefix to your coalition's short name, and deploy with
// az deployment group create -g <group> -f infra/main.bicep -p infra/<your copy>.bicepparam
using 'main.bicep'

param prefix = 'kansrijkestart'
param location = 'westeurope'
param appServicePlanSku = 'B1'
param botSku = 'F0'
param blobSoftDeleteRetentionDays = 14
