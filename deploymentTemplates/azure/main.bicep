// Kyodo.Bot on Azure: a Linux App Service (.NET 10) behind an Azure Bot with the Teams channel, PostgreSQL Flexible
// Server for state, every secret in Key Vault (the app reads them through Key Vault references with its own
// user-assigned identity), and logs in a Log Analytics workspace (App Service diagnostic settings + Application Insights).
// main.json is this file compiled (`az bicep build --file main.bicep`); a test fails when the two drift apart.

@description('Name of the web app, also the prefix of the other resources: lowercase letters, digits and hyphens. The bot is served at https://<name>.azurewebsites.net.')
@minLength(3)
@maxLength(40)
param name string

@description('Region of every regional resource (the Azure Bot itself is global).')
param location string = resourceGroup().location

@description('App Service plan size. B1 is enough for one municipality; P0v3 or larger for many users.')
param appServicePlanSku string = 'B1'

@description('Application (client) ID of the single-tenant Entra app registration the Azure Bot uses.')
param microsoftAppId string

@description('Tenant that owns the app registration.')
param microsoftAppTenantId string = subscription().tenantId

@description('Client secret of that app registration.')
@secure()
param microsoftAppPassword string

@description('Azure Bot pricing tier: F0 (free; Teams is a standard channel) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('LINE Messaging API channel secret (LINE Developers console, Basic settings).')
@secure()
param lineChannelSecret string

@description('LINE Messaging API long-lived channel access token (LINE Developers console, Messaging API).')
@secure()
param lineChannelAccessToken string

@description('Send by push when a reply token is used up or too old (push messages count against the LINE plan quota).')
param lineAllowPush bool = false

@description('Serve the try-it page (GET /) and its Direct Line endpoint in production.')
param directLineEnabled bool = false

@description('Secret a Direct Line client must present to start a conversation (only used when directLineEnabled is true).')
@secure()
param directLineSecret string

@description('Administrator login of the PostgreSQL server.')
param postgresAdminLogin string = 'kyodoadmin'

@description('Administrator password of the PostgreSQL server (8-128 characters, three of: upper case, lower case, digits, symbols).')
@secure()
param postgresAdminPassword string

@description('PostgreSQL major version.')
param postgresVersion string = '16'

@description('PostgreSQL compute size and its tier.')
param postgresSkuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL storage in GB.')
param postgresStorageSizeGB int = 32

@description('Days the Log Analytics workspace keeps logs.')
param logRetentionDays int = 30

var hostName = '${name}.azurewebsites.net'
var databaseName = 'kyodo'
var keyVaultName = 'kv-${uniqueString(resourceGroup().id, name)}'
var secretNames = {
  microsoftAppPassword: 'microsoft-app-password'
  lineChannelSecret: 'line-channel-secret'
  lineChannelAccessToken: 'line-channel-access-token'
  directLineSecret: 'direct-line-secret'
  postgresAdminPassword: 'postgres-admin-password'
  storageConnectionString: 'storage-connection-string'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: false
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    accessPolicies: [
      {
        tenantId: subscription().tenantId
        objectId: identity.properties.principalId
        permissions: {
          secrets: [
            'get'
          ]
        }
      }
    ]
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${name}-pg'
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: postgresVersion
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: postgresStorageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0 - 0.0.0.0 is Azure's rule for "allow connections from Azure services" (the web app's outbound addresses).
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource microsoftAppPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: secretNames.microsoftAppPassword
  properties: {
    value: microsoftAppPassword
  }
}

resource lineChannelSecretSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: secretNames.lineChannelSecret
  properties: {
    value: lineChannelSecret
  }
}

resource lineChannelAccessTokenSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: secretNames.lineChannelAccessToken
  properties: {
    value: lineChannelAccessToken
  }
}

resource directLineSecretSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: secretNames.directLineSecret
  properties: {
    value: directLineSecret
  }
}

resource postgresAdminPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: secretNames.postgresAdminPassword
  properties: {
    value: postgresAdminPassword
  }
}

resource storageConnectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: secretNames.storageConnectionString
  properties: {
    value: 'Host=${postgres.properties.fullyQualifiedDomainName};Port=5432;Database=${databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=Require'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: [
        {
          name: 'ASPNETCORE_ENVIRONMENT'
          value: 'Production'
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
        {
          name: 'ApplicationInsightsAgent_EXTENSION_VERSION'
          value: '~3'
        }
        {
          name: 'Content__DialogsPath'
          value: 'dialogs'
        }
        {
          name: 'Storage__Provider'
          value: 'PostgreSql'
        }
        {
          name: 'Storage__ConnectionString'
          value: '@Microsoft.KeyVault(SecretUri=${storageConnectionStringSecret.properties.secretUri})'
        }
        {
          // Used until the bot reads Storage__ConnectionString: /home is the App Service storage that survives restarts.
          name: 'Storage__SqlitePath'
          value: '/home/data/kyodo.db'
        }
        {
          name: 'MicrosoftAppId'
          value: microsoftAppId
        }
        {
          name: 'MicrosoftAppPassword'
          value: '@Microsoft.KeyVault(SecretUri=${microsoftAppPasswordSecret.properties.secretUri})'
        }
        {
          name: 'MicrosoftAppType'
          value: 'SingleTenant'
        }
        {
          name: 'MicrosoftAppTenantId'
          value: microsoftAppTenantId
        }
        {
          name: 'Line__ChannelSecret'
          value: '@Microsoft.KeyVault(SecretUri=${lineChannelSecretSecret.properties.secretUri})'
        }
        {
          name: 'Line__ChannelAccessToken'
          value: '@Microsoft.KeyVault(SecretUri=${lineChannelAccessTokenSecret.properties.secretUri})'
        }
        {
          name: 'Line__AllowPush'
          value: string(lineAllowPush)
        }
        {
          name: 'DirectLine__Enabled'
          value: string(directLineEnabled)
        }
        {
          name: 'DirectLine__Secret'
          value: '@Microsoft.KeyVault(SecretUri=${directLineSecretSecret.properties.secretUri})'
        }
        {
          name: 'Documents__PublicBaseUrl'
          value: 'https://${hostName}'
        }
      ]
    }
  }
  dependsOn: [
    database
    allowAzureServices
  ]
}

resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logs.id
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceAppLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: name
    endpoint: 'https://${hostName}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: microsoftAppTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output webAppUrl string = 'https://${hostName}'
output lineWebhookUrl string = 'https://${hostName}/api/line'
output messagingEndpoint string = bot.properties.endpoint
output keyVaultName string = vault.name
output postgresHost string = postgres.properties.fullyQualifiedDomainName
