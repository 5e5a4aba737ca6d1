# The archive's image for docker-compose.yml: built from the sources, run as a non-root
# user with its search index in /app/data (a volume).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY db db
COPY src src
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /app archive && mkdir -p /app/data && chown archive /app/data
WORKDIR /app
COPY --from=build /src/target/party-archive.jar party-archive.jar
COPY seeds seeds
USER archive
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/party-archive.jar"]
