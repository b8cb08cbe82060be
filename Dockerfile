# syntax=docker/dockerfile:1
# Every deployable's image: the same steps, the deployable's project folder as PROJECT, the repository root as the context:
#   docker build --build-arg PROJECT=services/Regional/Motorsport.Regional -t motorsport/regional:<tag> .
# (gateway/Motorsport.Gateway, services/Headquarters/Motorsport.Headquarters and services/WebApp/Motorsport.WebApp alike;
# the README, "Images"). Listens on 8080 as the image's non-root user; health on /health/live and /health/ready.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG PROJECT
RUN test -n "$PROJECT" || { echo "build with --build-arg PROJECT=<the deployable's project folder>" >&2; exit 1; }
WORKDIR /src

# Restore from the project files alone, so this layer is rebuilt only when a project or a package version changes.
# Every shared project file is copied: restoring a deployable reads only those it references.
COPY Directory.Build.props Directory.Packages.props global.jso[n] nuget.confi[g] NuGet.Confi[g] ./
COPY shared/Motorsport.Contracts/Motorsport.Contracts.csproj shared/Motorsport.Contracts/
COPY shared/Motorsport.ServiceDefaults/Motorsport.ServiceDefaults.csproj shared/Motorsport.ServiceDefaults/
COPY shared/Motorsport.Messaging/Motorsport.Messaging.csproj shared/Motorsport.Messaging/
COPY shared/Motorsport.Data/Motorsport.Data.csproj shared/Motorsport.Data/
COPY ${PROJECT}/${PROJECT##*/}.csproj ${PROJECT}/
RUN dotnet restore ${PROJECT}/${PROJECT##*/}.csproj

# Only the projects the deployable references are compiled; the others' sources are never read.
COPY shared/ shared/
COPY ${PROJECT}/ ${PROJECT}/
RUN dotnet publish ${PROJECT}/${PROJECT##*/}.csproj \
    --configuration Release --no-restore --output /app/publish /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
ARG PROJECT
WORKDIR /app
ENV ASPNETCORE_HTTP_PORTS=8080 APP_ASSEMBLY=${PROJECT##*/}.dll
# W^X maps generated code twice (writable, executable) and costs start-up: a region was ready 3.9-5.1 s after start
# without it, 4.6-5.9 s with it (the README, "Benchmark", has the figures and the trade-off).
ENV DOTNET_EnableWriteXorExecute=0
# Files stay owned by root: the app user can read them, not change them (and Kubernetes mounts the root read-only).
COPY --from=build /app/publish .
EXPOSE 8080
USER $APP_UID
# The shell only names the assembly (an exec-form ENTRYPOINT takes no variables); exec hands PID 1 to dotnet, so it
# receives the pod's SIGTERM and drains.
ENTRYPOINT ["/bin/sh", "-c", "exec dotnet \"$APP_ASSEMBLY\""]
