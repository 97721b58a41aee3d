// The bot's web app: Linux App Service on .NET 10, running as the user-assigned managed identity.

param name string
param location string
param planSku string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('App settings by name (use __ for : in configuration keys).')
param appSettings object

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: 'asp-${name}'
  location: location
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true // the reminder scheduler runs in the app and must not be unloaded when idle
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [for setting in items(appSettings): {
        name: setting.key
        value: setting.value
      }]
    }
  }
}

output name string = site.name
output hostName string = site.properties.defaultHostName
