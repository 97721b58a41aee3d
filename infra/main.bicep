// CoalitionBot in one resource group: the web app that runs the bot, the identity it runs as,
// the Azure Bot registration with its Teams channel, blob storage for its state, and monitoring.
// Deploy with: az deployment group create -g <group> -f infra/main.bicep -p infra/main.bicepparam

@description('Short name the resource names are made from: lowercase letters, digits and hyphens.')
@minLength(2)
@maxLength(20)
param prefix string = 'coalitionbot'

@description('Azure region of every resource except the bot registration, which is global.')
param location string = 'westeurope'

@description('App Service plan size. B1 is enough for one coalition; use S1 or P0v3 to run several instances.')
param appServicePlanSku string = 'B1'

@description('Azure Bot pricing tier. F0 is free and covers Teams; S1 only adds capacity on premium channels.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Days a deleted or overwritten blob can still be restored.')
@minValue(1)
@maxValue(365)
param blobSoftDeleteRetentionDays int = 14

var uniqueSuffix = uniqueString(resourceGroup().id, prefix)
// Storage account names allow only lowercase letters and digits, at most 24.
var storageAccountName = 'st${take(toLower(replace(prefix, '-', '')), 9)}${uniqueSuffix}'
var containerName = 'coalitionbot'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${prefix}'
  location: location
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    prefix: prefix
    location: location
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    containerName: containerName
    softDeleteRetentionDays: blobSoftDeleteRetentionDays
    dataContributorPrincipalId: identity.properties.principalId
  }
}

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    name: '${prefix}-${uniqueSuffix}'
    location: location
    planSku: appServicePlanSku
    identityId: identity.id
    // Every setting the bot reads; '__' stands for ':' in configuration keys.
    appSettings: {
      MicrosoftAppId: identity.properties.clientId
      MicrosoftAppPassword: '' // a managed identity has no password
      MicrosoftAppTenantId: identity.properties.tenantId
      MicrosoftAppType: 'UserAssignedMSI'
      BotOpenIdMetadata: '' // only tests point this elsewhere
      AllowEmulatorTokens: 'false' // never in Azure: the Emulator cannot sign in as a managed identity
      PublicUrl: 'https://${prefix}-${uniqueSuffix}.azurewebsites.net/' // the base of the download links
      Storage__ConnectionString: '' // empty: the bot uses AccountUrl with its identity instead of a key
      Storage__AccountUrl: storage.outputs.blobEndpoint
      Storage__ContainerName: containerName
      Storage__LocalPath: '.data' // unused while AccountUrl is set
      Storage__NetworkTimeout: '00:00:02' // a user is waiting: fail fast and say nothing was saved
      Reminders__TickInterval: '00:00:30'
      Reminders__CatchUpWindow: '06:00:00'
      Reminders__LeaseDuration: '00:00:30'
      Privacy__PurgeInterval: '1.00:00:00' // daily: answers past their coalition's retention are removed
      APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.applicationInsightsConnectionString
    }
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${prefix}-bot-${uniqueSuffix}'
    displayName: 'CoalitionBot'
    sku: botSku
    messagingEndpoint: 'https://${webApp.outputs.hostName}/api/messages'
    identityClientId: identity.properties.clientId
    identityResourceId: identity.id
    identityTenantId: identity.properties.tenantId
  }
}

@description('Host name of the web app: the BOT_DOMAIN of the Teams package.')
output webAppHostName string = webApp.outputs.hostName

@description('Name of the web app, for az webapp deploy.')
output webAppName string = webApp.outputs.name

@description('The bot id (client id of the managed identity): the BOT_ID of the Teams package.')
output botId string = identity.properties.clientId

@description('Name of the storage account that holds the bot state.')
output storageAccountName string = storage.outputs.name
