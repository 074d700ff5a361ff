# kubernetes provider workloads: each container block is a container, its
# image an image (docs/terraform.md)
variable "app_image" {
  type = string
}

resource "kubernetes_deployment" "web" {
  metadata {
    name = "web"
  }
  spec {
    template {
      metadata {
        labels = { app = "web" }
      }
      spec {
        init_container {
          name  = "migrate"
          image = "registry.example.com/tools/migrate:2.1@sha256:4a1c4b21597c1b4415bdbecb28a3296c6b5e23ca4f9feeb599860a1dac6a0108"
        }
        container {
          name  = "app"
          image = "nginx:latest"
        }
        container {
          name  = "sidecar"
          image = "busybox"
        }
        container {
          name  = "from-var"
          image = var.app_image
        }
      }
    }
  }
}

resource "kubernetes_pod" "pinned" {
  metadata {
    name = "pinned"
  }
  spec {
    container {
      name  = "app"
      image = "nginx:1.27.2"
    }
    container {
      name  = "digest"
      image = "nginx@sha512:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
    }
    container {
      name = "noimage"
    }
  }
}

resource "kubernetes_cron_job_v1" "nightly" {
  metadata {
    name = "nightly"
  }
  spec {
    schedule = "0 3 * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            container {
              name  = "report"
              image = "ghcr.io/acme/report:v3"
            }
          }
        }
      }
    }
  }
}

# an argument where the provider takes only blocks: Terraform rejects it, so
# the images are unknown and a warning says why
resource "kubernetes_pod_v1" "argument" {
  metadata {
    name = "argument"
  }
  spec {
    container = [
      {
        name  = "app"
        image = "nginx"
      }
    ]
  }
}

# PodSecurityPolicies: privileged, escalation left at its default (true),
# root admitted by RunAsAny; and one that admits neither.
resource "kubernetes_pod_security_policy" "open" {
  metadata {
    name = "open"
  }
  spec {
    privileged = true
    volumes    = ["*"]
    run_as_user {
      rule = "RunAsAny"
    }
    se_linux {
      rule = "RunAsAny"
    }
    supplemental_groups {
      rule = "RunAsAny"
    }
    fs_group {
      rule = "RunAsAny"
    }
  }
}

resource "kubernetes_pod_security_policy" "restricted" {
  metadata {
    name = "restricted"
  }
  spec {
    privileged                 = false
    allow_privilege_escalation = false
    volumes                    = ["configMap", "secret"]
    run_as_user {
      rule = "MustRunAs"
      range {
        min = 10000
        max = 65535
      }
    }
    se_linux {
      rule = "RunAsAny"
    }
    supplemental_groups {
      rule = "RunAsAny"
    }
    fs_group {
      rule = "RunAsAny"
    }
  }
}
