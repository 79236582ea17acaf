// Namespaces nearly every dialog and card uses; the rest are imported where they are needed.
global using Kyodo.Bot.Content;
global using Kyodo.Bot.Conversation.Dialogs;
global using Kyodo.Bot.Conversation.Prompts;
global using Kyodo.Bot.Conversation.Replies;
global using Kyodo.Bot.Guidance;
